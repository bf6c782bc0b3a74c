package org.ecocomp.quality;

import java.util.List;

/** Kind of water body, which selects GB 3838's TP and TN limits. */
public enum WaterBodyType {
    /** A river section. TN is not graded. */
    RIVER,
    /** A lake or reservoir (湖、库). Stricter TP limits; TN is graded. */
    LAKE;

    /** Name fragments that mark a lake or reservoir section (水库, 湖, 库区, 坝前, ...). */
    public static final List<String> LAKE_NAME_MARKERS = List.of("水库", "湖", "库区", "库心", "坝前", "泡", "淀");

    /**
     * Recognises a lake or reservoir from a section's name, e.g. {@code 岩滩水库} or {@code 万峰湖}.
     *
     * @param sectionName the section's name as monitored
     * @return {@link #LAKE} when the name holds a lake marker, otherwise {@link #RIVER}
     */
    public static WaterBodyType fromSectionName(String sectionName) {
        for (String marker : LAKE_NAME_MARKERS) {
            if (sectionName.contains(marker)) {
                return LAKE;
            }
        }
        return RIVER;
    }
}
