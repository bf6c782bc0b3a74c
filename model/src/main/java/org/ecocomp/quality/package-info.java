/**
 * Water quality by GB 3838-2002 (地表水环境质量标准): indicators and their units, the Class I–V limits,
 * single-factor evaluation (单因子评价法), monthly and annual statistics, and compliance (达标率)
 * against a target class with an explicit missing-month policy.
 *
 * <p>Everything here is pure: no files, no clock, no console.
 */
package org.ecocomp.quality;
