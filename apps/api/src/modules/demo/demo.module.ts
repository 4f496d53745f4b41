import { Module } from '@nestjs/common';

/** The demo district seeded on first start. */
@Module({})
export class DemoModule {}
