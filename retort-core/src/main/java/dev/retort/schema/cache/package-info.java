/** The model cache: a schema as JSON ({@link dev.retort.schema.cache.SchemaJson}). */
package dev.retort.schema.cache;
