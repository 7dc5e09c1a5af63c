/**
 * 实名核验: the desk's verification queue — workers whose real name waits for a person at a service desk (the authority
 * did not answer, or another profile holds the ID number) — verified in person with the card or refused with a note.
 */
package org.lingong.admin.verification;
