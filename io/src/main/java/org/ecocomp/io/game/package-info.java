/**
 * Cooperative games in and out: a characteristic function as a CSV table ({@code coalition,value}),
 * and the tables of its solutions ({@code allocations.csv}, {@code core.csv}).
 */
package org.ecocomp.io.game;
