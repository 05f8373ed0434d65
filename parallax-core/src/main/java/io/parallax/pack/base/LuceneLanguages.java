package io.parallax.pack.base;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniNormalizationFilter;
import org.apache.lucene.analysis.ckb.SoraniStemFilter;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.gl.GalicianStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.te.TeluguNormalizationFilter;
import org.apache.lucene.analysis.te.TeluguStemFilter;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NepaliStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.TamilStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The languages that Lucene's analysis-common module covers, each with Lucene's stop words and stemming chain.
 * The chains mirror Lucene's per-language analysers ({@code SwedishAnalyzer} uses the light stemmer, and so on).
 * Immutable.
 */
public final class LuceneLanguages {

    // NorwegianLightStemmer's variant flags (its constants are package-private in Lucene).
    private static final int BOKMAAL = 1;
    private static final int NYNORSK = 2;

    private static final List<LuceneLanguage> ALL = List.of(
            lang("ar", ArabicAnalyzer::getDefaultStopSet, ts -> new ArabicStemFilter(new ArabicNormalizationFilter(ts))),
            lang("bg", BulgarianAnalyzer::getDefaultStopSet, BulgarianStemFilter::new),
            lang("bn", BengaliAnalyzer::getDefaultStopSet,
                    ts -> new BengaliStemFilter(new BengaliNormalizationFilter(new IndicNormalizationFilter(ts)))),
            lang("ca", CatalanAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new CatalanStemmer())),
            lang("ckb", SoraniAnalyzer::getDefaultStopSet, ts -> new SoraniStemFilter(new SoraniNormalizationFilter(ts))),
            lang("cs", CzechAnalyzer::getDefaultStopSet, CzechStemFilter::new),
            lang("da", DanishAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new DanishStemmer())),
            lang("de", GermanAnalyzer::getDefaultStopSet, ts -> new GermanLightStemFilter(new GermanNormalizationFilter(ts))),
            lang("el", GreekAnalyzer::getDefaultStopSet, GreekStemFilter::new),
            lang("en", () -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ts -> new PorterStemFilter(new EnglishPossessiveFilter(ts))),
            lang("es", SpanishAnalyzer::getDefaultStopSet, SpanishLightStemFilter::new),
            lang("et", EstonianAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new EstonianStemmer())),
            lang("eu", BasqueAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new BasqueStemmer())),
            lang("fa", PersianAnalyzer::getDefaultStopSet, ts -> new PersianStemFilter(new PersianNormalizationFilter(ts))),
            lang("fi", FinnishAnalyzer::getDefaultStopSet, FinnishLightStemFilter::new),
            lang("fr", FrenchAnalyzer::getDefaultStopSet,
                    ts -> new FrenchLightStemFilter(new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES))),
            lang("ga", IrishAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new IrishStemmer())),
            lang("gl", GalicianAnalyzer::getDefaultStopSet, GalicianStemFilter::new),
            lang("hi", HindiAnalyzer::getDefaultStopSet,
                    ts -> new HindiStemFilter(new HindiNormalizationFilter(new IndicNormalizationFilter(ts)))),
            lang("hu", HungarianAnalyzer::getDefaultStopSet, HungarianLightStemFilter::new),
            lang("hy", ArmenianAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new ArmenianStemmer())),
            lang("id", IndonesianAnalyzer::getDefaultStopSet, IndonesianStemFilter::new),
            lang("it", ItalianAnalyzer::getDefaultStopSet, ItalianLightStemFilter::new),
            lang("lt", LithuanianAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new LithuanianStemmer())),
            lang("lv", LatvianAnalyzer::getDefaultStopSet, LatvianStemFilter::new),
            lang("ne", NepaliAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new NepaliStemmer())),
            lang("nl", DutchAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new DutchStemmer())),
            lang("nb", NorwegianAnalyzer::getDefaultStopSet,
                    ts -> new NorwegianLightStemFilter(ts, BOKMAAL)),
            lang("nn", NorwegianAnalyzer::getDefaultStopSet,
                    ts -> new NorwegianLightStemFilter(ts, NYNORSK)),
            lang("no", NorwegianAnalyzer::getDefaultStopSet, NorwegianLightStemFilter::new),
            lang("pt", PortugueseAnalyzer::getDefaultStopSet, PortugueseLightStemFilter::new),
            lang("ro", RomanianAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new RomanianStemmer())),
            lang("ru", RussianAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new RussianStemmer())),
            lang("sr", SerbianAnalyzer::getDefaultStopSet,
                    ts -> new SnowballFilter(new SerbianNormalizationFilter(ts), new SerbianStemmer())),
            lang("sv", SwedishAnalyzer::getDefaultStopSet, SwedishLightStemFilter::new),
            lang("ta", TamilAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new TamilStemmer())),
            lang("te", TeluguAnalyzer::getDefaultStopSet, ts -> new TeluguStemFilter(new TeluguNormalizationFilter(ts))),
            lang("th", ThaiAnalyzer::getDefaultStopSet, ts -> ts),
            lang("tr", TurkishAnalyzer::getDefaultStopSet, ts -> new SnowballFilter(ts, new TurkishStemmer())),
            // Lucene analyses Chinese, Japanese and Korean together (CJKAnalyzer): width folding, no stemming.
            lang("zh", () -> CharArraySet.EMPTY_SET, CJKWidthFilter::new),
            lang("ja", () -> CharArraySet.EMPTY_SET, CJKWidthFilter::new),
            lang("ko", () -> CharArraySet.EMPTY_SET, CJKWidthFilter::new));

    private static final Map<String, LuceneLanguage> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(LuceneLanguage::language, Function.identity()));

    private LuceneLanguages() {
    }

    private static LuceneLanguage lang(String code, java.util.function.Supplier<CharArraySet> stop,
                                       java.util.function.UnaryOperator<TokenStream> chain) {
        return new LuceneLanguage(code, stop, chain);
    }

    /** All covered languages by ISO 639-1 code (ISO 639-3 for Sorani, which has no two-letter code). */
    public static Map<String, LuceneLanguage> all() {
        return BY_CODE;
    }
}
