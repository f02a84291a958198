package org.grassroots.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins each word with the words after it ({@code 南村村 太阳能 路灯} gives {@code 南村村太阳能路灯},
 * {@code 太阳能路灯}, {@code 路灯}), so that an edge n-gram filter after it lets a visitor's
 * prefix match from the start of any word of a title, not only from the title's start.
 * Reads at most {@value #MAX_WORDS} words of a value and joins at most
 * {@value #MAX_CHARS} characters.
 */
final class WordSuffixFilter extends TokenFilter {

	static final int MAX_WORDS = 64;

	static final int MAX_CHARS = 32;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final List<String> words = new ArrayList<>();

	private final List<int[]> offsets = new ArrayList<>();

	private int next = -1;

	WordSuffixFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.next < 0) {
			while (this.input.incrementToken()) {
				// the rest of a long value is read and left out
				if (this.words.size() < MAX_WORDS) {
					this.words.add(this.term.toString());
					this.offsets.add(new int[] { this.offset.startOffset(), this.offset.endOffset() });
				}
			}
			this.next = 0;
		}
		if (this.next >= this.words.size()) {
			return false;
		}
		clearAttributes();
		StringBuilder joined = new StringBuilder();
		int last = this.next;
		for (int i = this.next; i < this.words.size() && joined.length() < MAX_CHARS; i++) {
			joined.append(this.words.get(i));
			last = i;
		}
		this.term.setEmpty().append(joined, 0, Math.min(joined.length(), MAX_CHARS));
		this.offset.setOffset(this.offsets.get(this.next)[0], this.offsets.get(last)[1]);
		this.position.setPositionIncrement(1);
		this.next++;
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.words.clear();
		this.offsets.clear();
		this.next = -1;
	}

}
