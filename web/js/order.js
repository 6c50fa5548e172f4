/** Ordinal after the last ':' of a provision id (<doc-id>:<section-path>:<ordinal>). */
export function ordinalOf(id) {
  const s = String(id);
  const n = parseInt(s.slice(s.lastIndexOf(':') + 1), 10);
  return Number.isFinite(n) ? n : 0;
}
