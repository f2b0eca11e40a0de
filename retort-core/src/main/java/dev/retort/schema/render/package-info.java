/**
 * The text of a generated revision: {@link dev.retort.schema.render.SqlBodies},
 * {@link dev.retort.schema.render.JavaBodies}, and the REVIEW notes of
 * {@link dev.retort.schema.render.Review}.
 */
package dev.retort.schema.render;
