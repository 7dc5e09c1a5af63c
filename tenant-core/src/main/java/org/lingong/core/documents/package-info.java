/**
 * What every PDF of the platform shares: the embedded CJK font ({@link org.lingong.core.documents.ChineseFont}). Owns
 * no tables; features render their own documents with it.
 */
package org.lingong.core.documents;
