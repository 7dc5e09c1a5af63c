/**
 * 现场调度: the market staff's dispatch desk — the market's check-in QR code, staff check-in by ID number, the waiting
 * workers and the open jobs around the market, 派单, and today's dispatch times against the 60-second target.
 */
package org.lingong.admin.dispatch;
