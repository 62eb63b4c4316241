import type { ArtifactFormat, CheckResult } from '../../domain/artifact.js';

/** One checked piece: a tune of a tune book, or a whole file. */
export interface PieceResult {
  file: string;
  tune: string | null;
  line: number;
  format: ArtifactFormat;
  result: CheckResult;
}

/** One checked piece, as `chops check --json` prints it, one JSON line each. */
export function pieceJson(piece: PieceResult) {
  return {
    file: piece.file,
    tune: piece.tune,
    line: piece.line,
    format: piece.format,
    passed: piece.result.passed,
    problems: piece.result.problems,
    warnings: piece.result.warnings ?? [],
  };
}
