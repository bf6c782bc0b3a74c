package org.ecocomp.economy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compensation standard: what one valuation method says should be paid for the protected water,
 * in yuan per year (DOMAIN.md §6). The methods of the literature disagree by orders of magnitude
 * (Xin'an: ecosystem-service value 22–78亿/yr against 2–5亿 paid), so a scenario lists several and
 * ecocomp shows their range beside what the agreement pays, never one of them as "the" standard.
 */
public sealed interface Standard {

    /** What is valued and by whom, e.g. "Jiangxi's protection cost (Kong &amp; Li 2015)". */
    String label();

    /** The method's name as scenario files write it. */
    String method();

    /** The standard in yuan per year. */
    double yearly();

    /**
     * Cost-based: the upstream's direct protection cost plus its development opportunity cost.
     *
     * @param label what is valued
     * @param directCost yuan per year, ≥ 0
     * @param opportunityCost yuan per year, ≥ 0
     */
    record CostBased(String label, double directCost, double opportunityCost) implements Standard {
        /** Checks the costs. */
        public CostBased {
            Objects.requireNonNull(label, "label");
            check(directCost, "direct cost");
            check(opportunityCost, "opportunity cost");
        }

        @Override
        public String method() {
            return "cost";
        }

        @Override
        public double yearly() {
            return directCost + opportunityCost;
        }
    }

    /**
     * Ecosystem-service value by the equivalent-factor method (谢高地 et al.): Σ over land types of
     * area × equivalents per hectare × the value of one equivalent, times the share that spills over
     * to the downstream.
     *
     * @param label what is valued
     * @param hectares area per land type, ha
     * @param equivalents equivalent factors per hectare of each land type (the services valued, summed)
     * @param equivalentValue yuan per equivalent factor per hectare and year
     * @param spillover the share of the value that benefits the downstream, 0–1
     */
    record EcosystemService(String label, Map<String, Double> hectares, Map<String, Double> equivalents,
                            double equivalentValue, double spillover) implements Standard {
        /** Checks that each land type has an area and a factor, and the ranges. */
        public EcosystemService {
            Objects.requireNonNull(label, "label");
            hectares = Collections.unmodifiableMap(new LinkedHashMap<>(hectares));
            equivalents = Collections.unmodifiableMap(new LinkedHashMap<>(equivalents));
            if (hectares.isEmpty() || !hectares.keySet().equals(equivalents.keySet())) {
                throw new IllegalArgumentException("each land type needs an area and an equivalent factor");
            }
            hectares.values().forEach(v -> check(v, "area"));
            equivalents.values().forEach(v -> check(v, "equivalent factor"));
            check(equivalentValue, "value of an equivalent");
            if (!(spillover >= 0 && spillover <= 1)) {
                throw new IllegalArgumentException("the spill-over share must lie in 0–1, was " + spillover);
            }
        }

        @Override
        public String method() {
            return "ecosystem-service";
        }

        @Override
        public double yearly() {
            double equivalentHectares = 0;
            for (Map.Entry<String, Double> e : hectares.entrySet()) {
                equivalentHectares += e.getValue() * equivalents.get(e.getKey());
            }
            return spillover * equivalentValue * equivalentHectares;
        }
    }

    /**
     * Water-resource value: the volume the downstream draws times a price per m³.
     *
     * @param label what is valued
     * @param volume m³ per year
     * @param price yuan per m³
     */
    record WaterResource(String label, double volume, double price) implements Standard {
        /** Checks the figures. */
        public WaterResource {
            Objects.requireNonNull(label, "label");
            check(volume, "volume");
            check(price, "price");
        }

        @Override
        public String method() {
            return "water-resource";
        }

        @Override
        public double yearly() {
            return volume * price;
        }
    }

    /**
     * Willingness to pay from a survey (WTP), or to accept (WTA): households times the amount each states.
     *
     * @param label what is valued, and which survey
     * @param households the number of households the survey speaks for
     * @param perHousehold yuan per household and year
     */
    record WillingnessToPay(String label, double households, double perHousehold) implements Standard {
        /** Checks the figures. */
        public WillingnessToPay {
            Objects.requireNonNull(label, "label");
            check(households, "households");
            check(perHousehold, "amount per household");
        }

        @Override
        public String method() {
            return "willingness-to-pay";
        }

        @Override
        public double yearly() {
            return households * perHousehold;
        }
    }

    /**
     * A published standard, as its source gives it: one amount, or parts that add up to it (e.g. per city).
     *
     * @param label the source and what it values
     * @param parts yuan per year by part, in the source's order; one entry when the source gives one total
     */
    record Published(String label, Map<String, Double> parts) implements Standard {
        /** Checks the parts. */
        public Published {
            Objects.requireNonNull(label, "label");
            parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a published standard needs an amount");
            }
            parts.values().forEach(v -> check(v, "amount"));
        }

        @Override
        public String method() {
            return "published";
        }

        @Override
        public double yearly() {
            return parts.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * The lowest and highest of some standards, yuan per year.
     *
     * @param standards at least one standard
     * @return {min, max}
     */
    static double[] range(List<Standard> standards) {
        if (standards.isEmpty()) {
            throw new IllegalArgumentException("no standards");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Standard s : standards) {
            min = Math.min(min, s.yearly());
            max = Math.max(max, s.yearly());
        }
        return new double[] {min, max};
    }

    private static void check(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("the " + what + " must be a finite number ≥ 0, was " + value);
        }
    }
}
