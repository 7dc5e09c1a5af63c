/**
 * The market information screen (信息发布大屏): full-screen, public, auto-refreshing open jobs near one market hall,
 * in the city's brand.
 */
package org.lingong.admin.bigscreen;
