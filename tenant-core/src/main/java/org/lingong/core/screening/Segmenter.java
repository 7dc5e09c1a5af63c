package org.lingong.core.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese word segmentation with Lucene's smartcn (a hidden-Markov model over a word dictionary): "男装导购" is 男装 /
 * 导 / 购, so a rule about 男 never sees 男装. One analyzer for the whole service — its dictionaries load once, and
 * it keeps a token stream per thread. Every punctuation mark comes out as {@link #PUNCTUATION}; Latin letters lower
 * case; full-width digits and letters are folded to ASCII first (NFKC).
 */
final class Segmenter {

    static final String PUNCTUATION = ",";
    private static final String CHINESE_NUMERALS = "零一二两三四五六七八九十百千";

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    private Segmenter() {
    }

    /** A word and where it stands in the (folded) text. */
    record Token(String word, int start, int end) {
    }

    /** The folded text and its words. */
    record Segmented(String text, List<Token> tokens) {
    }

    static Segmented segment(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Token> tokens = new ArrayList<>(folded.length() / 2 + 1);
        try (TokenStream stream = ANALYZER.tokenStream("text", folded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                Token token = new Token(term.toString(), offset.startOffset(), offset.endOffset());
                Token last = tokens.isEmpty() ? null : tokens.getLast();
                // smartcn cuts Chinese numerals into characters (三 / 十 / 五): joined, 三十五 is one number.
                if (last != null && last.end() == token.start() && isChineseNumeral(last.word())
                        && isChineseNumeral(token.word())) {
                    tokens.set(tokens.size() - 1, new Token(last.word() + token.word(), last.start(), token.end()));
                } else {
                    tokens.add(token);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting an in-memory string", e);
        }
        return new Segmented(folded, tokens);
    }

    private static boolean isChineseNumeral(String word) {
        return word.chars().allMatch(c -> CHINESE_NUMERALS.indexOf(c) >= 0);
    }
}
