/**
 * Inflate (RFC 1951, raw deflate), for the texts main.js packs at build time (src/core/packed-text.ts).
 * Written here after Mark Adler's puff.c, the reference decoder of zlib: it reads only what our own build
 * wrote, and weighs a third of fflate's inflater in main.js. Tested against Node's zlib on any input.
 */

interface Huffman {
	/** How many codes have each length, 0 to 15. */
	counts: number[];
	/** The symbols, ordered by code. */
	symbols: number[];
}

function huffman(lengths: number[]): Huffman {
	const counts = new Array<number>(16).fill(0);
	for (const length of lengths) counts[length]++;
	const offsets = [0, 0];
	for (let length = 1; length < 15; length++) offsets[length + 1] = offsets[length] + counts[length];
	const symbols: number[] = [];
	lengths.forEach((length, symbol) => length && (symbols[offsets[length]++] = symbol));
	return { counts, symbols };
}

/** Length and distance bases and extra bits: RFC 1951, 3.2.5, computed rather than written out. */
function bases(count: number, first: number, extra: (i: number) => number): [number[], number[]] {
	const base: number[] = [];
	const bits: number[] = [];
	for (let i = 0, next = first; i < count; i++, next += 1 << bits[i - 1]) {
		base.push(next);
		bits.push(extra(i));
	}
	return [base, bits];
}
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

export function inflate(data: Uint8Array): Uint8Array {
	// Built per call, not at load: main.js loads this module with the plugin, and inflates once or twice a session.
	const [lengthBase, lengthBits] = bases(29, 3, (i) => (i < 8 || i === 28 ? 0 : (i >> 2) - 1));
	lengthBase[28] = 258;
	const [distanceBase, distanceBits] = bases(30, 1, (i) => (i < 4 ? 0 : (i >> 1) - 1));
	const out: number[] = [];
	let at = 0;
	let buffer = 0;
	let held = 0;
	const bits = (n: number): number => {
		while (held < n) {
			if (at >= data.length) throw new Error("inflate: the data ends too soon");
			buffer |= data[at++] << held;
			held += 8;
		}
		const value = buffer & ((1 << n) - 1);
		buffer >>>= n;
		held -= n;
		return value;
	};
	const decode = ({ counts, symbols }: Huffman): number => {
		for (let length = 1, code = 0, first = 0, index = 0; length < 16; length++) {
			code |= bits(1);
			if (code - counts[length] < first) return symbols[index + code - first];
			index += counts[length];
			first = (first + counts[length]) << 1;
			code <<= 1;
		}
		throw new Error("inflate: no such code");
	};
	for (let last = 0; !last; ) {
		last = bits(1);
		const type = bits(2);
		if (type === 0) {
			buffer = held = 0;
			const length = data[at] | (data[at + 1] << 8);
			if (at + 4 + length > data.length) throw new Error("inflate: the data ends too soon");
			for (let i = 0; i < length; i++) out.push(data[at + 4 + i]);
			at += 4 + length;
			continue;
		}
		let literals: Huffman;
		let distances: Huffman;
		if (type === 1) {
			literals = huffman(Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)));
			distances = huffman(new Array<number>(30).fill(5));
		} else if (type === 2) {
			const literalCount = bits(5) + 257;
			const distanceCount = bits(5) + 1;
			const codeLengths = new Array<number>(19).fill(0);
			for (let i = 0, n = bits(4) + 4; i < n; i++) codeLengths[CODE_LENGTH_ORDER[i]] = bits(3);
			const lengthCode = huffman(codeLengths);
			const lengths: number[] = [];
			while (lengths.length < literalCount + distanceCount) {
				const symbol = decode(lengthCode);
				if (symbol < 16) lengths.push(symbol);
				else {
					if (symbol === 16 && lengths.length === 0) throw new Error("inflate: nothing to repeat");
					const [value, repeat] = symbol === 16 ? [lengths[lengths.length - 1], 3 + bits(2)] : symbol === 17 ? [0, 3 + bits(3)] : [0, 11 + bits(7)];
					for (let i = 0; i < repeat; i++) lengths.push(value);
				}
			}
			literals = huffman(lengths.slice(0, literalCount));
			distances = huffman(lengths.slice(literalCount, literalCount + distanceCount));
		} else throw new Error("inflate: no such block type");
		for (let symbol = decode(literals); symbol !== 256; symbol = decode(literals)) {
			if (symbol < 256) {
				out.push(symbol);
				continue;
			}
			const length = lengthBase[symbol - 257] + bits(lengthBits[symbol - 257]);
			const code = decode(distances);
			const distance = distanceBase[code] + bits(distanceBits[code]);
			if (distance > out.length || symbol > 285 || code > 29) throw new Error("inflate: a distance too far back");
			for (let i = 0, from = out.length - distance; i < length; i++) out.push(out[from + i]);
		}
	}
	return Uint8Array.from(out);
}
