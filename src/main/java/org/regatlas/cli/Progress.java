package org.regatlas.cli;

/** A progress line on stderr, redrawn in place when stderr is a terminal. */
final class Progress {
    private final boolean terminal;
    private boolean drawn;

    Progress(boolean show) {
        this.terminal = show && System.console() != null;
    }

    void update(int provisions) {
        if (terminal) {
            System.err.print("\rindexing: " + provisions + " provisions");
            drawn = true;
        }
    }

    void done() {
        if (drawn) System.err.println();
    }
}
