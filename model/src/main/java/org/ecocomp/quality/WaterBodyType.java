package org.ecocomp.quality;

import java.util.List;

/** Kind of water body, which selects GB 3838's TP and TN limits. */
public enum WaterBodyType {
    /** A river section. TN is not graded. */
    RIVER,
    /** A lake or reservoir (湖、库). Stricter TP limits; TN is graded. */
    LAKE;

    /** Name fragments that mark a point in a lake or reservoir (水库, 湖心, 库区, 坝前, ...). */
    public static final List<String> LAKE_NAME_MARKERS = List.of("水库", "湖心", "湖中", "湖区", "库区", "库心", "库中",
            "坝前", "坝上", "海中");

    /**
     * Name fragments that mark a river point at a lake or reservoir (an inflow, outflow or the reach
     * below a dam), which are graded as rivers even though the name holds a lake marker.
     */
    public static final List<String> RIVER_NAME_MARKERS = List.of("入湖口", "入库", "出水口", "出库", "下游", "坝下");

    /**
     * Recognises a lake or reservoir section.
     *
     * <p>Algal density (藻密度) is measured only at lake and reservoir stations of the national
     * automatic network, so a section that reports it is a lake. Otherwise the name decides: a lake
     * marker such as {@code 水库} or {@code 湖心} makes it a lake unless a river marker such as
     * {@code 入湖口} or {@code 下游} shows a river point by the lake. A bare 湖 in a name is not enough
     * ({@code 惠州汝湖} is a river station named after the town of 汝湖); lakes named without a marker
     * (Dianchi's {@code 白鱼口}) need algal data or an explicit override.
     *
     * @param sectionName the section's name as monitored
     * @param algaeMeasured whether the section's data report algal density
     * @return the water body
     */
    public static WaterBodyType recognise(String sectionName, boolean algaeMeasured) {
        if (algaeMeasured) {
            return LAKE;
        }
        boolean lake = LAKE_NAME_MARKERS.stream().anyMatch(sectionName::contains);
        boolean river = RIVER_NAME_MARKERS.stream().anyMatch(sectionName::contains);
        return lake && !river ? LAKE : RIVER;
    }
}
