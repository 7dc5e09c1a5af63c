/**
 * Regions: owns the city's {@code region} table — counties, townships/streets and communities/villages with GB/T
 * 2260-style codes (6, 9 and 12 digits), central villages flagged — edited one by one or imported from CSV all or
 * nothing. Others read them through {@link org.lingong.core.regions.Regions} and the city's place in the national
 * table through {@link org.lingong.core.regions.Divisions}.
 */
package org.lingong.core.regions;
