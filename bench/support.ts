/** The middle value (the mean of the two middle ones for an even count): robust on a shared machine. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A line printer for one bench: `<bench>: <name> <kind> <value> <unit> goal <goal>`, aligned. */
export function printer(bench: string, digits = 1) {
  return (name: string, value: number, unit: string, goal: string, kind = 'median'): void => {
    console.log(
      `${bench}: ${name.padEnd(52)} ${kind.padEnd(6)} ${value.toFixed(digits).padStart(8)} ${unit.padEnd(8)} goal ${goal}`,
    );
  };
}
