/**
 * Screening of postings (岗位信息自动筛查): every job is screened against the city's rules before it is published —
 * discrimination (age, gender, region, ethnicity, marriage and childbearing, health) and fraud patterns (fees demanded,
 * ID cards withheld, off-platform contact, wages too good to be true). Rules are data in the city's
 * {@code screening_rule} table, matched over words segmented by Lucene's smartcn ({@link
 * org.lingong.core.screening.Segmenter}); each says what to do (block, hold for review, warn) and why (the law). Held
 * jobs wait in {@code posting_review} for a reviewer. Implements the jobs port
 * {@link org.lingong.core.jobs.PostingScreen}; moves reviewed jobs through {@link org.lingong.core.jobs.Jobs}. See
 * docs/screening.md.
 */
package org.lingong.core.screening;
