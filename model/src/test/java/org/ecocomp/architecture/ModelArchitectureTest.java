package org.ecocomp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The model module is the pure engine (DESIGN.md): it uses none of the I/O, chart or CLI libraries and
 * reads neither the clock nor a global random number generator. Only the module's main classes are
 * analysed.
 */
@AnalyzeClasses(packages = "org.ecocomp", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule MODEL_USES_NO_INFRASTRUCTURE_LIBRARY = noClasses()
            .that().resideInAPackage("org.ecocomp..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.fasterxml..",   // Jackson
                    "tech.tablesaw..",   // Tablesaw
                    "org.knowm..",       // XChart
                    "picocli..",         // picocli
                    "org.apache.poi..",  // POI
                    "me.tongfei..")      // progressbar
            .because("model is the pure engine; files, charts and the command line live in io, report and cli");

    @ArchTest
    static final ArchRule MODEL_DRAWS_NO_UNSEEDED_RANDOMNESS = noClasses()
            .that().resideInAPackage("org.ecocomp..")
            .should().callMethod(Math.class, "random")
            .orShould().callMethod(StrictMath.class, "random")
            .orShould().callConstructor(Random.class)
            .orShould().callConstructor(SplittableRandom.class)
            .orShould().callMethod(ThreadLocalRandom.class, "current")
            .because("every draw comes from a RandomGenerator passed in, seeded through Seeds");

    @ArchTest
    static final ArchRule MODEL_READS_NO_CLOCK = noClasses()
            .that().resideInAPackage("org.ecocomp..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("the same scenario and seed must give the same results whenever they run");

    /** The rules are not vacuous: they reject a class that does what they forbid. */
    @Test
    void theRandomnessAndClockRulesCatchAViolation() {
        JavaClasses impure = new ClassFileImporter().importClasses(ImpureFixture.class);
        assertThrows(AssertionError.class, () -> MODEL_DRAWS_NO_UNSEEDED_RANDOMNESS.check(impure));
        assertThrows(AssertionError.class, () -> MODEL_READS_NO_CLOCK.check(impure));
    }

    /** Does everything model code must not do. */
    static final class ImpureFixture {
        long clock() {
            return System.currentTimeMillis() + System.nanoTime();
        }

        double unseeded() {
            return Math.random() + new Random().nextDouble();
        }
    }
}
