package io.parallax.bench;

import io.parallax.cli.Cli;
import io.parallax.ner.corpus.CorpusFiles;
import io.parallax.ner.corpus.LabelConsistency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval ner-labels}: how consistently each labelled corpus labels the same string
 * ({@link LabelConsistency}), so that corpora can be compared before blaming a recogniser or the annotators.
 */
@Command(name = "ner-labels", mixinStandardHelpOptions = true,
        description = "Label consistency of NER corpora: names against their string's majority label, and "
                + "repeats of names left unlabelled.")
public final class NerLabelsEval implements Callable<Integer> {

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE[#part]",
            description = "Labelled corpora (FILE, FILE#train, FILE#test or FILE#train/K).")
    List<String> corpora;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-70s %7s %18s %18s%n", "corpus", "names", "against majority", "left unlabelled");
        for (String corpus : corpora) {
            LabelConsistency c = LabelConsistency.of(CorpusFiles.read(corpus));
            out.printf("%-70s %7d %9d (%5.2f%%) %9d (%5.2f%%)%n", corpus, c.names(), c.againstMajority(),
                    c.againstMajorityPercent(), c.unlabelled(), c.unlabelledPercent());
        }
        out.flush();
        return Cli.OK;
    }
}
