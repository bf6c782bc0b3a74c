package org.ecocomp.sweep;

/** A point of a sweep could not be evaluated (for example its scenario variant is invalid). */
public final class PointFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The point's index in the design. */
    private final long point;

    /**
     * @param point the point's index in the design
     * @param message what went wrong, for the user
     */
    public PointFailedException(long point, String message) {
        super("point " + point + ": " + message);
        this.point = point;
    }

    /** The point's index in the design. */
    public long point() {
        return point;
    }
}
