/**
 * The domain model: immutable records shared by every pipeline stage.
 *
 * <p>Every extracted fact ({@link io.parallax.model.Mention}, {@link io.parallax.model.Quote},
 * {@link io.parallax.model.TimeExpression}, {@link io.parallax.model.Statement}) carries a
 * {@link io.parallax.model.Provenance}: the document, the character span in {@link io.parallax.model.Document#text()},
 * and a confidence in [0, 1]. Records validate their arguments and copy their lists, so instances are safe to share
 * across threads.
 */
package io.parallax.model;
