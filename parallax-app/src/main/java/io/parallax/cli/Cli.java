package io.parallax.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Shared picocli set-up: exit codes (0 success, 1 failure, 2 usage error) and one-line error messages instead of
 * stack traces. Used by the {@code parallax} command and by the bench's {@code parallax eval}.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Cli::failure);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
        return cl;
    }

    private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof CommandLine.ParameterException pe) {
            err.println("parallax: " + pe.getMessage());
            return USAGE;
        }
        err.println("parallax " + cl.getCommandName() + ": " + message(e));
        if (Boolean.getBoolean("parallax.debug")) {
            e.printStackTrace(err);
        }
        return FAILURE;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
