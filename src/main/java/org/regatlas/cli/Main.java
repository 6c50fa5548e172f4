package org.regatlas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code regatlas} command line. */
@Command(name = "regatlas", mixinStandardHelpOptions = true, version = "RegAtlas 0.1",
        description = "Regulatory-guideline knowledge base for cell and gene therapy.",
        subcommands = {ServeCommand.class, IndexCommand.class, SearchCommand.class, EvalCommand.class, CompareCommand.class, DocsCommand.class, ProvisionsCommand.class, ShowCommand.class,
                ChecklistCommand.class, EvalChecklistCommand.class,
                InspectCommand.class, AddCommand.class, IdsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests too). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("regatlas: " + explain(e));
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl.execute(args);
    }

    /**
     * The failure's message followed by its causes' ("building the index in index: index/tmp: Permission denied"):
     * a wrapper's message says what was being done, only the cause says why it failed.
     */
    static String explain(Throwable e) {
        StringBuilder out = new StringBuilder(describe(e));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            String more = describe(c);
            if (out.indexOf(more) < 0) out.append(": ").append(more);
        }
        return out.toString();
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        // java.nio's file errors give only the path as their message; the class name says what happened to it.
        if (e instanceof FileSystemException fse && fse.getReason() == null) {
            return m + " (" + e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])",
                    "$1 $2").toLowerCase(Locale.ROOT) + ")";
        }
        return m;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
