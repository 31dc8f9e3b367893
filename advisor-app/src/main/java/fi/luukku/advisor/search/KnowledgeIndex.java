package fi.luukku.advisor.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tartarus.snowball.ext.FinnishStemmer;

/**
 * The knowledge search: an in-memory Lucene index over the point's services, authorities, life events, expert
 * contacts and digital-support providers. Each language is analysed with its own stemmer (Finnish, Swedish,
 * English), so "passin", "passia" and "passi" all find the passport service; a plain field gives prefix and
 * one-typo matches while the advisor is still typing.
 */
public final class KnowledgeIndex implements AutoCloseable {
    private static final String[] LANGUAGES = {"fi", "sv", "en"};
    private static final String RAW = "raw";
    /** Finnish stems reversed: a prefix query on it is a suffix match, so "kirjasto" finds "kaupunginkirjasto". */
    private static final String FI_REVERSED = "fi_rev";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final Analyzer analyzer;
    private final Map<String, Analyzer> perLanguage;
    private final List<KnowledgeEntry> entries;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private KnowledgeIndex(List<KnowledgeEntry> entries) throws IOException {
        this.entries = List.copyOf(entries);
        this.perLanguage =
                Map.of("fi", new FinnishAnalyzer(), "sv", new SwedishAnalyzer(), "en", new EnglishAnalyzer());
        java.util.HashMap<String, Analyzer> fields = new java.util.HashMap<>();
        for (String l : LANGUAGES) {
            fields.put("t_" + l, perLanguage.get(l));
            fields.put("b_" + l, perLanguage.get(l));
        }
        fields.put(FI_REVERSED, new ReversedFinnishAnalyzer());
        this.analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < this.entries.size(); i++) {
                writer.addDocument(document(i, this.entries.get(i)));
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    public static KnowledgeIndex build(List<KnowledgeEntry> entries) {
        try {
            return new KnowledgeIndex(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the knowledge index", e);
        }
    }

    public int size() {
        return entries.size();
    }

    private static Document document(int index, KnowledgeEntry e) {
        Document d = new Document();
        d.add(new StoredField("index", index));
        StringBuilder raw = new StringBuilder();
        String keywords = String.join(" ", e.keywords());
        for (String l : LANGUAGES) {
            String title = e.title() == null ? "" : nz(e.title().values().get(l));
            String body = e.body() == null ? "" : nz(e.body().values().get(l));
            d.add(new TextField("t_" + l, title, Field.Store.NO));
            d.add(new TextField("b_" + l, body + " " + keywords, Field.Store.NO));
            raw.append(title).append(' ').append(body).append(' ');
        }
        raw.append(keywords).append(' ').append(nz(e.contact()));
        String fiText = e.title() == null ? "" : nz(e.title().values().get("fi"));
        String fiBody = e.body() == null ? "" : nz(e.body().values().get("fi"));
        d.add(new TextField(FI_REVERSED, fiText + " " + fiBody + " " + keywords, Field.Store.NO));
        d.add(new TextField(RAW, raw.toString(), Field.Store.NO));
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The best matches for what the advisor typed, in the given language. */
    public List<KnowledgeHit> search(String text, String language, int max) {
        if (text == null || text.isBlank() || entries.isEmpty()) {
            return List.of();
        }
        try {
            Query query = query(text);
            if (query == null) {
                return List.of();
            }
            List<KnowledgeHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, max).scoreDocs) {
                int i = searcher.storedFields()
                        .document(sd.doc)
                        .getField("index")
                        .numericValue()
                        .intValue();
                KnowledgeEntry e = entries.get(i);
                hits.add(new KnowledgeHit(
                        e.kind(),
                        e.id(),
                        e.title() == null ? e.id() : e.title().in(language),
                        e.body() == null ? "" : e.body().in(language),
                        e.contact(),
                        sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String text) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String l : LANGUAGES) {
            for (String term : analyze(perLanguage.get(l), text)) {
                all.add(new BoostQuery(new TermQuery(new Term("t_" + l, term)), 3f), BooleanClause.Occur.SHOULD);
                all.add(new TermQuery(new Term("b_" + l, term)), BooleanClause.Occur.SHOULD);
                clauses += 2;
            }
        }
        for (String stem : analyze(perLanguage.get("fi"), text)) {
            // Finnish compounds: the query word as the head of a compound ("kirjasto" in "kaupunginkirjasto")
            if (stem.length() >= 4) {
                all.add(
                        new BoostQuery(new PrefixQuery(new Term(FI_REVERSED, reverse(stem))), 0.7f),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
            // inflection the stemmer leaves apart ("pankkitunnuks-" / "pankkitunnust-"): a shorter stem prefix
            if (stem.length() >= 6) {
                String shorter = stem.substring(0, stem.length() - (stem.length() >= 8 ? 2 : 1));
                for (String field : new String[] {"t_fi", "b_fi"}) {
                    all.add(
                            new BoostQuery(new PrefixQuery(new Term(field, shorter)), 0.6f),
                            BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        for (String token : analyze(new StandardAnalyzer(), text)) {
            if (token.length() >= 3) {
                all.add(new BoostQuery(new PrefixQuery(new Term(RAW, token)), 0.5f), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            if (token.length() >= 5) {
                all.add(new BoostQuery(new FuzzyQuery(new Term(RAW, token), 1), 0.3f), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : all.build();
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /** Finnish analysis with the stems reversed, for suffix matching on compounds. */
    private static final class ReversedFinnishAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new StopFilter(result, FinnishAnalyzer.getDefaultStopSet());
            result = new SnowballFilter(result, new FinnishStemmer());
            result = new ReverseStringFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }

    static List<String> analyze(Analyzer a, String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = a.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return new ArrayList<>(out);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
