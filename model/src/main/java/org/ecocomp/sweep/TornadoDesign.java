package org.ecocomp.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A one-at-a-time design for a tornado chart: a base point, then each parameter alone moved
 * {@code percent}% below and above its base value, the others held at base. 1 + 2D rows: row 0 is
 * the base point, row 1 + 2i has parameter i at {@code base_i (1 − percent/100)} and row 2 + 2i at
 * {@code base_i (1 + percent/100)}.
 *
 * <p>The moves are relative, so a parameter whose base value is 0 does not move, and a move may
 * leave the parameter's range; {@link TornadoAnalysis} reports both as warnings.
 */
public final class TornadoDesign implements Design {

    private final List<Parameter> parameters;
    private final double[] base;
    private final double percent;

    /**
     * @param parameters the parameters, unique names
     * @param base the base value of each parameter, finite, in parameter order
     * @param percent the relative move, a finite positive percentage (10 for ±10%)
     */
    public TornadoDesign(List<Parameter> parameters, List<Double> base, double percent) {
        this.parameters = Parameter.checkedList(parameters);
        if (base.size() != this.parameters.size()) {
            throw new BadDesignException("base", base.size() + " base values for " + this.parameters.size()
                    + " parameters; expected one per parameter");
        }
        this.base = new double[base.size()];
        for (int i = 0; i < this.base.length; i++) {
            double b = Objects.requireNonNull(base.get(i), "base");
            if (!Double.isFinite(b)) {
                throw new BadDesignException("base[" + i + "]", b + " is not a finite number");
            }
            this.base[i] = b;
        }
        if (!(percent > 0 && percent < Double.POSITIVE_INFINITY)) {
            throw new BadDesignException("percent", percent + " is not a positive finite percentage");
        }
        this.percent = percent;
    }

    /**
     * A tornado design around the parameters' medians ({@code u = 1/2}).
     *
     * @param parameters the parameters, unique names
     * @param percent the relative move, a finite positive percentage
     * @return the design
     */
    public static TornadoDesign aroundMedians(List<Parameter> parameters, double percent) {
        List<Double> medians = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            medians.add(p.value(0.5));
        }
        return new TornadoDesign(parameters, medians, percent);
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public long size() {
        return 1 + 2L * base.length;
    }

    /**
     * The base point.
     *
     * @return the base values, in parameter order
     */
    public List<Double> base() {
        List<Double> list = new ArrayList<>(base.length);
        for (double b : base) {
            list.add(b);
        }
        return List.copyOf(list);
    }

    /**
     * The relative move in percent.
     *
     * @return the percentage
     */
    public double percent() {
        return percent;
    }

    /**
     * The low value of parameter i, {@code base_i (1 − percent/100)}.
     *
     * @param i the parameter index
     * @return the value at row 1 + 2i
     */
    public double low(int i) {
        return base[Objects.checkIndex(i, base.length)] * (1 - percent / 100);
    }

    /**
     * The high value of parameter i, {@code base_i (1 + percent/100)}.
     *
     * @param i the parameter index
     * @return the value at row 2 + 2i
     */
    public double high(int i) {
        return base[Objects.checkIndex(i, base.length)] * (1 + percent / 100);
    }

    @Override
    public void point(long row, double[] values) {
        Rows.check(this, row, values);
        System.arraycopy(base, 0, values, 0, base.length);
        if (row > 0) {
            int i = (int) ((row - 1) / 2);
            values[i] = (row - 1) % 2 == 0 ? low(i) : high(i);
        }
    }
}
