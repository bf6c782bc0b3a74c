package org.ecocomp.agreement;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecocomp.basin.Party;
import org.ecocomp.basin.Section;

/**
 * An agreement between parties over the water at border sections: its rounds, in time order.
 *
 * @param name the agreement's identifier
 * @param parties the parties by code
 * @param sections the sections by name
 * @param rounds the rounds, not overlapping
 */
public record Agreement(String name, Map<String, Party> parties, Map<String, Section> sections, List<Round> rounds) {

    /** Checks that rounds do not overlap. */
    public Agreement {
        Objects.requireNonNull(name, "name");
        parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        rounds = rounds.stream().sorted(Comparator.comparingInt(Round::firstYear)).toList();
        for (int i = 1; i < rounds.size(); i++) {
            if (rounds.get(i).firstYear() <= rounds.get(i - 1).lastYear()) {
                throw new IllegalArgumentException("rounds " + rounds.get(i - 1).name() + " and " + rounds.get(i).name()
                        + " overlap");
            }
        }
    }

    /** The first year of the first round. */
    public int firstYear() {
        return rounds.getFirst().firstYear();
    }

    /** The last year of the last round. */
    public int lastYear() {
        return rounds.getLast().lastYear();
    }
}
