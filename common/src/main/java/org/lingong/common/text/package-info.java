/** Free text people type for others to read: what is stripped and starred before it is kept. */
@NullMarked
package org.lingong.common.text;

import org.jspecify.annotations.NullMarked;
