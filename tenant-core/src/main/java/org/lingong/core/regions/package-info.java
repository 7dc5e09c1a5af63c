/**
 * Regions: a city's counties, townships/streets and communities/villages with GB/T 2260-style codes (6, 9 and 12
 * digits), central villages flagged; edited one by one or imported from CSV all or nothing.
 */
package org.lingong.core.regions;
