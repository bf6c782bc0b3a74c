package org.ecocomp.spark;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests on one {@code local[2]} Spark executor per test class, where Spark makes one attempt per task. */
abstract class LocalSparkTest {

    /** The executor of the test class. */
    static SparkExecutor spark;

    @BeforeAll
    static void start() {
        spark = new SparkExecutor("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }
}
