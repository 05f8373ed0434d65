/**
 * Sources of raw documents. {@link io.parallax.ingest.Sources#open} picks, per input, {@link
 * io.parallax.ingest.FileSource} (files, directories, stdin), {@link io.parallax.ingest.WarcSource} (WARC and
 * WARC.gz), {@link io.parallax.ingest.FeedSource} (RSS/Atom file or URL) or {@link io.parallax.ingest.UrlListSource}
 * ({@code .urls}, or {@code .txt} with {@link io.parallax.ingest.SourceOptions#urlLists()}), all fetching through
 * one polite {@link io.parallax.ingest.HttpFetcher}.
 *
 * <p><b>Ids.</b> Files: the name (relative path inside a walked directory) without {@code .html}/{@code .htm}/
 * {@code .gz}; stdin: {@code stdin}; WARC records: the target URI; feed entries: the entry link (else its id);
 * fetched URLs: the URL as given. Every source delivers documents in the same order on every run.
 *
 * <p><b>Resuming.</b> An ingest journal resumes an interrupted run by passing the ids it has committed as
 * {@link io.parallax.ingest.SourceOptions#skip()}: sources then neither read, fetch nor deliver them. The journal
 * should record an id only after the store has committed the batch holding it, so a crash re-reads (never loses)
 * the uncommitted tail; {@link io.parallax.dedup.DuplicateIndex} catches the same article arriving under another id.
 */
package io.parallax.ingest;
