#!/usr/bin/env node
import '../dist/faces/cli/main.js';
