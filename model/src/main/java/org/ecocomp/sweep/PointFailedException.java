package org.ecocomp.sweep;

/** A point of a sweep could not be evaluated (for example its scenario variant is invalid). */
public final class PointFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The point's index in the design. */
    private final long point;
    /** What went wrong, without the point. */
    private final String reason;

    /**
     * @param point the point's index in the design
     * @param message what went wrong, for the user
     */
    public PointFailedException(long point, String message) {
        super("point " + point + ": " + message);
        this.point = point;
        this.reason = message;
    }

    /** The point's index in the design. */
    public long point() {
        return point;
    }

    /** What went wrong, without the point's number. */
    public String reason() {
        return reason;
    }
}
