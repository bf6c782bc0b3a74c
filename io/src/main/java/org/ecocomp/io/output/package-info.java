/**
 * Result folders written atomically (a temporary sibling moved into place only when complete) and
 * the {@code manifest.json} that records how a result was made.
 */
package org.ecocomp.io.output;
