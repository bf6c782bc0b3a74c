package org.ecocomp.io.monitoring;

import java.util.Objects;
import org.ecocomp.quality.WaterBodyType;

/**
 * What a data file says about a cross-section besides its samples.
 *
 * @param name the section's name (断面名称)
 * @param province the province as written (e.g. 广东省), or empty when the file does not say
 * @param basin the basin as written (e.g. 珠江流域), or empty
 * @param waterBody the water body, when the file declares it
 * @param algaeMeasured whether the file reports algal density (藻密度) for the section, which the
 *     national network measures only at lakes and reservoirs
 */
public record SectionInfo(String name, String province, String basin, java.util.Optional<WaterBodyType> waterBody,
                          boolean algaeMeasured) {

    /** Checks for nulls. */
    public SectionInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(basin, "basin");
        Objects.requireNonNull(waterBody, "waterBody");
    }

    /** This section's information with a later file's: the first wins, algal evidence from either counts. */
    public SectionInfo merge(SectionInfo later) {
        return new SectionInfo(name, province, basin, waterBody.or(later::waterBody), algaeMeasured || later.algaeMeasured);
    }
}
