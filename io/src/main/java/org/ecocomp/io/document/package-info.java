/**
 * YAML and JSON input documents that remember where every value came from, so a problem found in a
 * value (by the JSON Schema or by a semantic check) is reported as {@code file:line:col: path: what}.
 */
package org.ecocomp.io.document;
