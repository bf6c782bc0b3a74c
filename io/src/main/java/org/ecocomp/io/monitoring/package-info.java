/**
 * Monitoring data in: the CNEMC real-time table (CSV or XLSX, Chinese headers) and ecocomp's own
 * tidy long CSV (section, time, indicator, value, unit), both read into
 * {@link org.ecocomp.quality.Sample}s with units converted and every bad cell reported with its
 * location.
 */
package org.ecocomp.io.monitoring;
