package org.regatlas.api;

/** The error JSON of every refusal, {@code {"error":..., "message":...}}, its fields always in that order. */
record WireError(String error, String message) {}
