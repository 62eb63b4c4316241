/** Types for vector-postprocess.js: what the sentence embedder needs to read the built file. */

/** The buckets of the character 3- to 5-grams of `<word>`, repeats included. */
export declare function ngramBuckets(word: string, bucketCount: number): number[];
