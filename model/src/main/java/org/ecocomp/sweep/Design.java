package org.ecocomp.sweep;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A sweep design: a fixed, numbered list of parameter vectors (rows) to evaluate a model at.
 *
 * <p>Rows are computed on demand by {@link #point(long, double[])} and never stored, so a design of
 * a million rows costs no memory; row {@code j} is the same whichever order or thread asks for it,
 * and a design is immutable and safe to share between threads. Analyses take the model outputs as
 * a {@code double[]} in row order.
 */
public sealed interface Design permits UnitDesign, TornadoDesign {

    /**
     * The parameters, in the order of a row's coordinates.
     *
     * @return the parameters, immutable
     */
    List<Parameter> parameters();

    /**
     * The number of rows.
     *
     * @return the number of rows
     */
    long size();

    /**
     * The number of parameters, the length of a row.
     *
     * @return {@code parameters().size()}
     */
    default int dimension() {
        return parameters().size();
    }

    /**
     * Writes the parameter values of one row into a buffer.
     *
     * @param row the row index, in [0, {@link #size()})
     * @param values a buffer of length {@link #dimension()}, overwritten
     * @throws IndexOutOfBoundsException if {@code row} is out of range
     */
    void point(long row, double[] values);

    /**
     * The parameter values of one row.
     *
     * @param row the row index, in [0, {@link #size()})
     * @return a new array of length {@link #dimension()}
     */
    default double[] point(long row) {
        double[] values = new double[dimension()];
        point(row, values);
        return values;
    }

    /**
     * The rows in order, computed lazily (a sequential stream of new arrays).
     *
     * @return the rows
     */
    default Stream<double[]> points() {
        return LongStream.range(0, size()).mapToObj(this::point);
    }

    /**
     * Evaluates a model at every row, in order, on the calling thread: the outputs an analysis
     * takes. (The command line evaluates rows in parallel itself and fills the same array.)
     *
     * @param model the model, called once per row with a new array of parameter values
     * @return the outputs, one per row, in row order
     * @throws IllegalStateException if the design has more rows than an array can hold
     */
    default double[] evaluate(ToDoubleFunction<double[]> model) {
        if (size() > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(size() + " rows are more outputs than an array can hold");
        }
        double[] outputs = new double[(int) size()];
        for (int j = 0; j < outputs.length; j++) {
            outputs[j] = model.applyAsDouble(point(j));
        }
        return outputs;
    }
}
