/**
 * Ratings (评价): once an order's work is done, its worker rates the employer and its employer rates the worker — once
 * each, 1–5 stars, tags from a fixed list per rated side, a short comment with phone and ID numbers masked before it
 * is stored. Owns the city's {@code order_rating} table; reads orders through
 * {@link org.lingong.core.orders.OrderLifecycle}. Exposes only its REST API. See docs/ratings.md.
 */
package org.lingong.core.ratings;
