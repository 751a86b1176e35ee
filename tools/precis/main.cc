// Copyright 2026 The precis Authors.
int main() { return 0; }
