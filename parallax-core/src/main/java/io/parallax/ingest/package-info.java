/**
 * Sources of raw documents: files, directories and standard input ({@link io.parallax.ingest.FileSource}); more
 * sources (WARC, feeds, URL lists, HTTP) follow the same contract.
 *
 * <p><b>Resuming.</b> Every {@link io.parallax.model.RawDocument} has a stable id (see each source for its rule), and
 * every source delivers documents in the same order on every run. An ingest journal resumes an interrupted run by
 * passing the ids it has committed as {@link io.parallax.ingest.SourceOptions#skip()}: the source then neither reads
 * nor delivers them. The journal should record an id only after the store has committed the batch holding it, so a
 * crash re-reads (never loses) the uncommitted tail.
 */
package io.parallax.ingest;
