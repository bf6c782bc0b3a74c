package org.ecocomp.io.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad user input: one or more located problems and the exit code they call for. The message is
 * meant for the user as it is; no stack trace is shown for it.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, in file order. */
    private final transient List<Problem> problems;
    /** The exit code. */
    private final ExitCode exitCode;

    /**
     * @param exitCode the exit code the problems call for (usually {@link ExitCode#DATA})
     * @param problems at least one problem
     */
    public InputException(ExitCode exitCode, List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.exitCode = exitCode;
    }

    /** Bad data: one problem, exit 65. */
    public InputException(Problem problem) {
        this(ExitCode.DATA, List.of(problem));
    }

    /** The problems, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The exit code. */
    public ExitCode exitCode() {
        return exitCode;
    }
}
