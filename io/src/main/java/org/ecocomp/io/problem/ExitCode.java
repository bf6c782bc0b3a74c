package org.ecocomp.io.problem;

/** Process exit codes (BSD sysexits) that ecocomp's commands use. */
public enum ExitCode {
    /** Success. */
    OK(0),
    /** A programming error (a bug): the stack trace is printed. */
    SOFTWARE(1),
    /** Bad command-line usage. */
    USAGE(2),
    /** Bad scenario or data (EX_DATAERR). */
    DATA(65),
    /** An input file is missing (EX_NOINPUT). */
    NO_INPUT(66),
    /** An output cannot be created (EX_CANTCREAT). */
    CANNOT_CREATE(73),
    /** An I/O error while reading or writing (EX_IOERR). */
    IO(74);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The numeric process exit code. */
    public int code() {
        return code;
    }
}
