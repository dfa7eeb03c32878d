"""Pure text helpers shared by the library, the analysis and the faces: anchoring, words, search terms."""
