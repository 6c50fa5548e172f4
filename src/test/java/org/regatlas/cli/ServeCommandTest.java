package org.regatlas.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServeCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]"})
    void loopbackHostIsServedWithoutWarning(String host) {
        assertTrue(ServeCommand.exposureWarning(host).isEmpty(), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "[::]", "192.0.2.10", "regatlas.example.org"})
    void otherHostsAreWarnedAbout(String host) {
        String warning = ServeCommand.exposureWarning(host).orElseThrow();
        assertTrue(warning.contains("anyone who can reach it"), warning);
        assertTrue(warning.contains("--host 127.0.0.1"), warning);
    }
}
