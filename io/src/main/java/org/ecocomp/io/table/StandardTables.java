package org.ecocomp.io.table;

import java.util.List;
import java.util.Map;
import org.ecocomp.economy.Standard;

/** The compensation standards of a scenario as a table: {@code standards.csv}. */
public final class StandardTables {

    private StandardTables() {
    }

    /**
     * One row per standard with its yearly amount; a published standard given in parts has a row per
     * part before its total (whose {@code part} is empty).
     *
     * @param standards the scenario's standards, in file order
     * @return the table
     */
    public static CsvTable standards(List<Standard> standards) {
        CsvTable t = new CsvTable(List.of("method", "label", "part", "yearly_cny"));
        for (Standard s : standards) {
            if (s instanceof Standard.Published p && p.parts().size() > 1) {
                for (Map.Entry<String, Double> part : p.parts().entrySet()) {
                    t.add(s.method(), s.label(), part.getKey(), CsvTable.number(part.getValue(), 2));
                }
            }
            t.add(s.method(), s.label(), "", CsvTable.number(s.yearly(), 2));
        }
        return t;
    }
}
