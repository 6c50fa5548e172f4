package org.regatlas.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code regatlas} command line. */
@Command(name = "regatlas", mixinStandardHelpOptions = true, version = "RegAtlas 0.1",
        description = "Regulatory-guideline knowledge base for cell and gene therapy.",
        subcommands = {ServeCommand.class, IndexCommand.class, SearchCommand.class, EvalCommand.class, CompareCommand.class, DocsCommand.class, ProvisionsCommand.class, ShowCommand.class,
                ChecklistCommand.class, EvalChecklistCommand.class,
                InspectCommand.class, CommandLine.HelpCommand.class})
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
            cmd.getErr().println("regatlas: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
